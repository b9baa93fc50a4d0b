import { render } from 'preact';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import '@/components/welcome/welcome.css';

render(<WelcomePage notesUrl="notes.html" />, document.getElementById('app')!);
