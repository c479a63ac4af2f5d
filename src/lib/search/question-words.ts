// Words that make a query a question or a sentence rather than name what it is about: «какая помощь
// положена многодетным» is about «помощь многодетным». Pagefind wants every query word on a page, and
// a question word is on many pages or none, so these words are left out of a query that has others.
//
// This file is imported by plain Node at build time: keep its imports to explicit `.ts` files.
import { foldWord, pagefindWord } from './fold.ts';

// Folded (see fold.ts): Kazakh letters as on a Russian keyboard, ё→е, й→и.
const QUESTION_WORDS = new Set(
  [
    // Russian: question words, pronouns, particles, prepositions, conjunctions and the verbs of a request.
    'как', 'какой', 'какая', 'какое', 'какие', 'каких', 'каким', 'какую', 'каком', 'какого', 'где', 'куда',
    'откуда', 'когда', 'кто', 'кому', 'кого', 'что', 'чем', 'чего', 'почему', 'зачем', 'сколько', 'ли',
    'можно', 'нужно', 'надо', 'нельзя', 'мне', 'меня', 'мой', 'моя', 'мои', 'моим', 'моему', 'моей', 'мы',
    'нам', 'нас', 'наш', 'наша', 'наши', 'я', 'вы', 'вам', 'есть', 'будет', 'будут', 'был', 'была', 'было',
    'были', 'это', 'этот', 'эта', 'эти', 'тот', 'там', 'тут', 'сейчас', 'же', 'бы', 'ли', 'или', 'а', 'но', 'и',
    'в', 'во', 'на', 'по', 'с', 'со', 'у', 'к', 'ко', 'из', 'за', 'от', 'до', 'о', 'об', 'про', 'для', 'при',
    'не', 'ни', 'все', 'всё', 'весь', 'вся', 'свой', 'свою', 'своего', 'положена', 'положен', 'положено',
    'положены', 'хочу', 'хотим', 'могу', 'может', 'могут', 'получить', 'сделать', 'узнать', 'найти',
    'подскажите', 'скажите', 'расскажите', 'пожалуйста', 'какие-то', 'кто-то', 'чтобы', 'если', 'ещё', 'еще',
    'так', 'также', 'тоже', 'очень', 'уже', 'такое', 'такие', 'делают', 'сделают', 'куда-то', 'работает',
    'работают',
    // Kazakh: question words and particles, pronouns, postpositions and the verbs of a request.
    'қалай', 'қандай', 'қайда', 'қайдан', 'қашан', 'қанша', 'неше', 'кім', 'кімге', 'кімнің', 'не', 'неге',
    'нені', 'ненің', 'қай', 'қайсы', 'ма', 'ме', 'ба', 'бе', 'па', 'пе', 'ғой', 'ше', 'мен', 'маған', 'менің',
    'біз', 'бізге', 'біздің', 'сіз', 'сізге', 'сен', 'бар', 'жоқ', 'болады', 'бола', 'болама', 'болма',
    'керек', 'қажет', 'алуға', 'алу', 'алсам', 'алам', 'аламын', 'аламыз', 'беріледі', 'береді', 'үшін',
    'туралы', 'және', 'да', 'де', 'та', 'те', 'осы', 'сол', 'бұл', 'мұнда', 'онда', 'барма', 'ғана',
    'білгім', 'келеді', 'айтыңызшы', 'өтінемін', 'деген', 'дегеніміз', 'істейді', 'істеледі',
    // «in the city»: every page is about Almaty.
    'қалада', 'қаладағы', 'қаламызда', 'қаламыздағы',
  ].map((word) => pagefindWord(foldWord(word))),
);

/**
 * Whether a query word only makes the query a question or a sentence (see QUESTION_WORDS).
 * @example isQuestionWord('Какая') // true
 * @example isQuestionWord('помощь') // false
 */
export function isQuestionWord(word: string): boolean {
  return QUESTION_WORDS.has(pagefindWord(foldWord(word)));
}

/**
 * The query without its question and filler words, or the query itself when it has no other word.
 * @example contentWords('какая помощь положена многодетным?') // 'помощь многодетным?'
 * @example contentWords('жастарға пәтерді қайдан алуға болады') // 'жастарға пәтерді'
 * @example contentWords('как') // 'как'
 */
export function contentWords(query: string): string {
  const tokens = query.split(/\s+/).filter(Boolean);
  const kept = tokens.filter((token) => {
    const word = token.replace(/[^\p{L}\p{M}\p{N}-]/gu, '');
    return word === '' || !isQuestionWord(word);
  });
  return kept.some((token) => /[\p{L}\p{N}]/u.test(token)) ? kept.join(' ') : query;
}
