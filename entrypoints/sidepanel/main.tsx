import { render } from 'preact';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { TemplatesPanel } from '@/components/sidebar/TemplatesPanel';
import { createSidebarModel } from '@/components/sidebar/model';
import { createTemplatesModel } from '@/components/sidebar/templates-model';
import { LinkEmail } from '@/components/sidebar/LinkEmail';
import { createLinkModel } from '@/components/sidebar/link-model';
import { createLinkApi, createSidebarApi, createTemplatesApi } from '@/lib/app/sidebar/api';
import { openTemplatesManager } from '@/lib/app/templates/manager-api';
import '@/components/sidebar/sidebar.css';

const model = createSidebarModel(createSidebarApi());
const templates = createTemplatesModel(createTemplatesApi(), model);
const link = createLinkModel(createLinkApi(), model);
const lifetime = new AbortController();
addEventListener('pagehide', () => lifetime.abort(), { once: true });
void model.load(lifetime.signal);
void templates.load(lifetime.signal);
void link.load(lifetime.signal);

function App() {
  return (
    <Sidebar
      model={model}
      link={<LinkEmail model={link} />}
      templates={<TemplatesPanel model={templates} canInsert={model.status.value === 'ready'} onManage={() => void openTemplatesManager()} />}
    />
  );
}
render(<App />, document.getElementById('app')!);
