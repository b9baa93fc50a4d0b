import { render } from 'preact';
import { Placeholder } from '@/components/Placeholder';

render(<Placeholder title="Afterview" />, document.getElementById('app')!);
