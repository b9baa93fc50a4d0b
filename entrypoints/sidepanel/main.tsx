import { render } from 'preact';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { createSidebarModel } from '@/components/sidebar/model';
import { createSidebarApi } from '@/lib/sidebar/api';
import '@/components/sidebar/sidebar.css';

const model = createSidebarModel(createSidebarApi());
const lifetime = new AbortController();
addEventListener('pagehide', () => lifetime.abort(), { once: true });
void model.load(lifetime.signal);
render(<Sidebar model={model} />, document.getElementById('app')!);
