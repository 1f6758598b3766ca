import { joinHandlers } from '../registry';
import { appHandlers } from './app';
import { employerHandlers } from './employers';
import { workerHandlers } from './workers';

export const handlers = joinHandlers(appHandlers, employerHandlers, workerHandlers);
