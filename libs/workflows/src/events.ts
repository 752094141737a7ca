// Event definitions owned by this domain, built with `defineEvent` from @lienthong/kernel.
export {};
