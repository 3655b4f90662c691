import { render } from 'solid-js/web';
import { App } from './App.jsx';
import './styles.css';

// The server put the thread in the page for readers without JavaScript; the app shows it from here.
document.getElementById('prerendered')?.remove();
render(() => <App />, document.getElementById('root')!);
