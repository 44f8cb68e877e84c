/**
 * The `<paybands-calculator>` custom element: load this module (as
 * `<script type="module" src="calculator.js">`) and put the element in a page.
 */
import { PaybandsCalculator } from "./calculator.js";

if (!customElements.get("paybands-calculator")) {
  customElements.define("paybands-calculator", PaybandsCalculator);
}

declare global {
  interface HTMLElementTagNameMap {
    "paybands-calculator": PaybandsCalculator;
  }
}

export { PaybandsCalculator };
