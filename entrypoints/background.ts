export default defineBackground(() => {
  // The background wires modules from lib/ as features land (storage migrations, messaging).
});
