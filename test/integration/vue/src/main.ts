import { createApp } from 'vue';
import 'mhm-elements/quiz.js';
import 'mhm-elements/five-reasons.js';
import type {} from 'mhm-elements/vue';
import App from './App.vue';

createApp(App).mount('#app');
