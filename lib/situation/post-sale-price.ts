/**
 * A customer who has signed finds the price high ("说实话，签完合同以后越想越觉得这个价格太贵了",
 * "老實說，簽約之後覺得這個價錢實在太貴了", "honestly we're paying a lot for what we use"): after the
 * sale the answer is the value they get (their usage, their results, the people not on it yet), not a
 * pre-sale price track. A concern about the renewal's price or an increase is the renewal's, answered as one.
 */
const RENEWAL = /\brenew(?:al|ing|s)?\b|\bincrease|\buplift|\bnext year['’]?s? (?:price|invoice|fee)|续约|續約|续费|續費|续签|續簽|续订|續訂|涨|漲|上调|上調|提价|提價|加价|加價|调价|調價/i;

/** Whether a price concern raised after signing is about the value they get, not the renewal's price. */
export function postSalePriceConcern(ownWords: string, category: string, theirSubject = ''): boolean {
  return (category === 'price' || category === 'value') && !RENEWAL.test(ownWords) && !RENEWAL.test(theirSubject);
}
