import { render } from 'preact';
import { ManagerPage } from '@/components/templates/ManagerPage';
import { createManagerModel } from '@/components/templates/model';
import { createManagerApi } from '@/lib/app/templates/manager-api';
import '@/components/templates/manager.css';

const model = createManagerModel({ api: createManagerApi() });
const lifetime = new AbortController();
addEventListener('pagehide', () => lifetime.abort(), { once: true });
void model.load(lifetime.signal);
render(<ManagerPage model={model} />, document.getElementById('app')!);
