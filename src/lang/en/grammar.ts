import type { Grammar } from '../grammar.js';

/**
 * English function words and verb morphology for the clause view: which words open a verb group,
 * negate or qualify it, introduce a phrase or a sub-clause, and join a list. Report prose is formal and
 * regular, so closed word classes and a list of the verbs that reports use to state exploitation carry
 * a chunker far; a word not listed is read by its place in the clause.
 */
export const EN_GRAMMAR: Grammar = {
  be: ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'remain', 'remains', 'remained', 'become', 'became', 'becomes', 'get', 'got', 'gets'],
  auxiliaries: ['has', 'have', 'had', 'do', 'does', 'did', 'having'],
  modals: ['may', 'might', 'can', 'could', 'will', 'would', 'shall', 'should', 'must'],
  negators: ['not', 'never', "n't", 'no longer', 'neither', 'nor'],
  prepositions: [
    'in', 'into', 'to', 'from', 'through', 'for', 'at', 'on', 'onto', 'by', 'with', 'without', 'across', 'within', 'throughout',
    'via', 'toward', 'towards', 'between', 'among', 'amongst', 'along', 'near', 'inside', 'outside', 'under', 'over', 'around',
    'of', 'as', 'during', 'after', 'before', 'against', 'despite', 'upon', 'en route to', 'such as', 'including', 'especially',
    'particularly', 'primarily', 'mainly', 'mostly',
  ],
  subordinators: ['who', 'whom', 'whose', 'which', 'that', 'where', 'while', 'whereas', 'when', 'because', 'although', 'though', 'if', 'unless', 'since'],
  coordinators: ['and', 'or', 'and/or', 'as well as', 'but also', 'and other', 'or other'],
  determiners: ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'such', 'some', 'many', 'most', 'other', 'several', 'any', 'no', 'each', 'every', 'both', 'all', 'more', 'few'],
  adjectiveEndings: ['ible', 'able', 'al', 'ous', 'ive', 'ic', 'ful', 'less', 'ary', 'ory', 'ish'],
  /** Irregular past participles (regular ones end in -ed). */
  participles: [
    'sold', 'held', 'taken', 'made', 'sent', 'brought', 'kept', 'found', 'given', 'known', 'caught', 'bought', 'fought', 'sought',
    'paid', 'led', 'left', 'told', 'thought', 'beaten', 'born', 'borne', 'bound', 'built', 'dug', 'driven', 'drawn', 'forbidden',
    'forgotten', 'hidden', 'hit', 'hurt', 'lost', 'met', 'put', 'run', 'seen', 'set', 'shot', 'shown', 'stolen', 'struck', 'sworn',
    'torn', 'thrown', 'won', 'written', 'done', 'gone', 'come', 'become', 'begun', 'fallen', 'grown', 'spent', 'understood',
  ],
  /** Lexical verbs that reports use to say what happened to people (base forms; -s, -ed and -ing follow). */
  verbs: [
    'exploit', 'force', 'subject', 'compel', 'coerce', 'traffic', 'recruit', 'sell', 'send', 'use', 'work', 'beg', 'lure', 'deceive',
    'transport', 'hold', 'abduct', 'kidnap', 'marry', 'report', 'estimate', 'identify', 'occur', 'persist', 'continue', 'take',
    'bring', 'move', 'travel', 'migrate', 'seek', 'fall', 'face', 'endure', 'experience', 'include', 'harvest', 'fight', 'serve',
    'operate', 'employ', 'pay', 'owe', 'confiscate', 'withhold', 'restrict', 'threaten', 'abuse', 'rape', 'facilitate', 'profit',
    'arrange', 'offer', 'promise', 'enslave', 'keep', 'confine', 'detain', 'pressure', 'induce', 'entice', 'smuggle', 'leave',
    'arrive', 'return', 'come', 'go', 'enter', 'cross', 'pass', 'reach', 'receive', 'accept', 'involve', 'engage', 'participate',
    'target', 'prey', 'transfer', 'harbor', 'harbour', 'buy', 'purchase', 'trade', 'obtain', 'hire', 'contract', 'toil', 'labor',
    'labour', 'live', 'remain', 'become', 'make', 'put', 'find', 'place', 'say', 'note', 'indicate', 'allege', 'suggest', 'observe',
  ],
};
