import { render } from 'preact';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { TemplatesPanel } from '@/components/sidebar/TemplatesPanel';
import { createSidebarModel } from '@/components/sidebar/model';
import { createTemplatesModel } from '@/components/sidebar/templates-model';
import { createSidebarApi, createTemplatesApi } from '@/lib/sidebar/api';
import { openTemplatesManager } from '@/lib/templates/manager-api';
import '@/components/sidebar/sidebar.css';

const model = createSidebarModel(createSidebarApi());
const templates = createTemplatesModel(createTemplatesApi(), model);
const lifetime = new AbortController();
addEventListener('pagehide', () => lifetime.abort(), { once: true });
void model.load(lifetime.signal);
void templates.load(lifetime.signal);

function App() {
  return <Sidebar model={model} templates={<TemplatesPanel model={templates} canInsert={model.status.value === 'ready'} onManage={() => void openTemplatesManager()} />} />;
}
render(<App />, document.getElementById('app')!);
