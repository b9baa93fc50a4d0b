/**
 * Words that Hunspell en_US (SCOWL size 60) does not list but that turn up all the time
 * in emails about a job search: workplace jargon, tech roles and tools, degrees. Each
 * one was checked to be missing from the dictionary (see tests/unit/spelling), so the
 * list adds words rather than repeating them. Case follows the dictionary's convention:
 * a lower-case entry is also accepted capitalised or in capitals; a capitalised or
 * mixed-case one only as written (or in capitals).
 */
export const EXTRA_WORDS: readonly string[] = [
  // Hiring and workplace
  'onboarding', 'onboarded', 'offboarding', 'cofounder', 'cofounders', 'mentee', 'mentees',
  'résumé', 'résumés', 'CVs', 'learnings', 'touchpoint', 'touchpoints', 'walkthrough',
  'walkthroughs', 'whiteboarding', 'handoff', 'handoffs', 'tradeoff', 'tradeoffs',
  'roadmap', 'roadmaps', 'standup', 'standups', 'upskill', 'upskilled', 'upskilling',
  'reskill', 'reskilling', 'deprioritize', 'deprioritized', 'signup', 'signups', 'async',
  'scalable', 'omnichannel', 'ecommerce', 'kanban',
  // Industries
  'fintech', 'edtech', 'healthtech', 'cybersecurity',
  // Engineering
  'frontend', 'backend', 'fullstack', 'microservice', 'microservices', 'codebase',
  'codebases', 'repo', 'repos', 'cron', 'upsert', 'upserts', 'rollout', 'rollouts', 'pipelining', 'runbook', 'runbooks', 'APIs', 'SDK', 'SDKs', 'NoSQL',
  'DevOps', 'MLOps', 'LLM', 'LLMs', 'GenAI',
  // Business acronyms
  'SaaS', 'PaaS', 'IaaS', 'KPI', 'KPIs', 'OKR', 'OKRs', 'ROI', 'SEO', 'CRM', 'ERP', 'SRE',
  'UX', 'UI', 'GCP',
  // Degrees and certifications
  'BSc', 'MSc', 'PMP', 'CFA',
  // Products and companies often named in these emails
  'LinkedIn', 'Gmail', 'Jira', 'Figma', 'GitLab', 'Kubernetes', 'HubSpot', 'Asana',
  'Trello', 'Glassdoor', 'ChatGPT', 'TypeScript', 'Golang', 'Terraform',
];
