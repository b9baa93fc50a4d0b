/**
 * Words that Hunspell en_US (SCOWL size 60) does not list but that turn up all the time
 * in emails about a job search: workplace jargon, the tools and trade words of many jobs,
 * degrees, and the British spellings that no regular rewrite reaches (see `BRITISH` in
 * rules/spelling.ts for those it does). Each one was checked to be missing from the
 * dictionary (see tests/unit/spelling), so the list adds words rather than repeating them.
 * Case follows the dictionary's convention: a lower-case entry is also accepted
 * capitalised or in capitals; a capitalised or mixed-case one only as written (or in
 * capitals). Tools that people often write in lower case ("dbt", "kubernetes") are
 * entered in lower case.
 */
export const EXTRA_WORDS: readonly string[] = [
  // Hiring and workplace
  'onboarding', 'onboarded', 'offboarding', 'cofounder', 'cofounders', 'mentee', 'mentees',
  'résumé', 'résumés', 'CVs', 'learnings', 'touchpoint', 'touchpoints', 'walkthrough',
  'walkthroughs', 'whiteboarding', 'handoff', 'handoffs', 'tradeoff', 'tradeoffs',
  'roadmap', 'roadmaps', 'standup', 'standups', 'upskill', 'upskilled', 'upskilling',
  'reskill', 'reskilling', 'deprioritize', 'deprioritized', 'signup', 'signups', 'async',
  'scalable', 'omnichannel', 'ecommerce', 'kanban', 'hackathon', 'hackathons', 'bootcamp',
  'bootcamps', 'chatbot', 'chatbots', 'skillset', 'skillsets', 'flyer', 'flyers', 'hotline', 'hotlines',
  // Industries
  'fintech', 'edtech', 'healthtech', 'cybersecurity', 'martech', 'adtech',
  // Engineering
  'frontend', 'backend', 'fullstack', 'microservice', 'microservices', 'codebase',
  'codebases', 'repo', 'repos', 'cron', 'upsert', 'upserts', 'rollout', 'rollouts', 'pipelining', 'runbook', 'runbooks', 'APIs', 'SDK', 'SDKs', 'NoSQL',
  'DevOps', 'MLOps', 'LLM', 'LLMs', 'GenAI', 'devops', 'mlops', 'dataops', 'devsecops', 'finops', 'gitops',
  'monorepo', 'monorepos', 'linter', 'linters', 'webhook', 'webhooks', 'middleware', 'dataframe',
  'dataframes', 'serverless', 'failover', 'sharding', 'pentest', 'pentesting', 'misconfiguration', 'devrel',
  // Software, data and design tools
  'dbt', 'kubernetes', 'kubectl', 'terraform', 'postgres', 'postgresql', 'mysql', 'mongodb', 'dynamodb',
  'redis', 'kafka', 'pyspark', 'hadoop', 'trino', 'dagster', 'kubeflow', 'mlflow', 'bigquery', 'redshift',
  'databricks', 'fivetran', 'elasticsearch', 'opensearch', 'kibana', 'logstash', 'grafana', 'prometheus',
  'datadog', 'splunk', 'istio', 'argocd', 'circleci', 'pulumi', 'cloudformation', 'ansible', 'jenkins',
  'nginx', 'graphql', 'javascript', 'nodejs', 'django', 'laravel', 'vue', 'kotlin', 'golang', 'scala',
  'haskell', 'perl', 'powershell', 'linux', 'ubuntu', 'numpy', 'scikit', 'pytorch', 'tensorflow', 'keras',
  'jupyter', 'matlab', 'stata', 'sagemaker', 'huggingface', 'langchain', 'openai', 'chatgpt', 'github',
  'gitlab', 'bitbucket', 'heroku', 'netlify', 'vercel', 'cloudflare', 'jira', 'figma', 'canva', 'miro',
  'asana', 'trello', 'smartsheet', 'airtable', 'zapier', 'calendly', 'docusign', 'dropbox', 'powerpoint',
  'sharepoint', 'onedrive', 'vlookup', 'xlookup', 'salesforce', 'hubspot', 'zendesk', 'servicenow',
  'netsuite', 'quickbooks', 'xero', 'mailchimp', 'marketo', 'mixpanel', 'okta', 'shopify', 'wordpress',
  'webflow', 'photoshop', 'indesign', 'autocad', 'revit', 'solidworks', 'sketchup', 'cerner',
  // Business acronyms
  'SaaS', 'PaaS', 'IaaS', 'KPI', 'KPIs', 'OKR', 'OKRs', 'ROI', 'SEO', 'CRM', 'ERP', 'SRE',
  'UX', 'UI', 'GCP', 'EBITDA', 'GAAP', 'HRIS', 'SKU', 'SKUs', 'IEP', 'IEPs', 'RFI', 'RFIs', 'EHR', 'EMR',
  'HVAC', 'PACU', 'NICU',
  // Trade words: care, building, kitchens, warehouses, print, finance, law
  'perio', 'prophy', 'phlebotomy', 'preop', 'postop', 'periop', 'intraop', 'hospitalist', 'intubation',
  'readmissions', 'titrate', 'titration', 'precepted', 'precepting', 'preceptee', 'preceptees', 'med-surg',
  'preconstruction', 'submittal', 'submittals', 'rebar', 'punchlist', 'millwork', 'formwork', 'tagout',
  'mise', 'barback', 'upsell', 'upselling', 'upsold', 'mispick', 'mispicks', 'putaway', 'crossdock',
  'prepress', 'preflight', 'flexo', 'flexographic', 'capex', 'opex', 'payables', 'reforecast',
  'reforecasting', 'retargeting', 'remarketing', 'redline', 'redlines', 'eDiscovery',
  // Degrees and certifications
  'BSc', 'MSc', 'PMP', 'CFA',
  // Products and companies often named in these emails
  'LinkedIn', 'Gmail', 'GitLab', 'HubSpot', 'Glassdoor', 'ChatGPT', 'TypeScript',
  // British spellings that no regular rewrite reaches
  'enquiry', 'enquiries', 'enquire', 'enquired', 'enquires', 'enquiring', 'cheque', 'cheques', 'tyre',
  'tyres', 'grey', 'greys', 'greyer', 'greyish', 'aluminium', 'practise', 'practised', 'practises',
  'practising', 'sceptic', 'sceptics', 'sceptical', 'scepticism', 'storey', 'storeys', 'kerb', 'kerbs',
  'plough', 'ploughed', 'ploughing', 'mould', 'moulds', 'moulded', 'moulding', 'draught', 'draughts',
  'draughty', 'cosy', 'cosier', 'artefact', 'artefacts', 'speciality', 'specialities', 'learnt', 'spelt',
  'dreamt', 'spoilt', 'maths', 'amongst', 'aeroplane', 'aeroplanes', 'pyjamas', 'sulphur',
];
