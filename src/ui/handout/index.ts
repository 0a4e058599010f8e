/** The printable handout page (`?handout=1&technique=<id>`). */
export { HandoutPage } from './HandoutPage';
