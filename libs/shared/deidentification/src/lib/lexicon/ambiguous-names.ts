/**
 * First names from the lexicon that are also everyday English words, months, places or faith terms
 * ("Will", "Hope", "Mark", "May", "Crystal", "Georgia"). Alone they are not flagged: they need a cue
 * (title, relationship, "named") or a following surname. Curated from the lexicon's overlap with an
 * English word list; common given names that are rarely capitalized as words (John, Peter, Sally) are left out.
 */
export const AMBIGUOUS_FIRST_NAMES: readonly string[] = [
  // everyday words
  'Ally', 'Amber', 'Angel', 'Arch', 'Art', 'August', 'Autumn', 'Beau', 'Bell', 'Belle', 'Berry', 'Bill',
  'Blaze', 'Bless', 'Blessing', 'Bob', 'Brandy', 'Brook', 'Brooks', 'Brown', 'Buck', 'Bud', 'Buddy', 'Buster',
  'Carol', 'Chance', 'Charity', 'Chase', 'Clay', 'Colt', 'Comfort', 'Cooper', 'Coy', 'Crystal', 'Daisy',
  'Dale', 'Dawn', 'Dean', 'Delta', 'Destiny', 'Diamond', 'Dock', 'Don', 'Drake', 'Drew', 'Dusty', 'Earnest',
  'Ebony', 'Emerald', 'Eve', 'Faith', 'Felicity', 'Fern', 'Flora', 'Ford', 'Forest', 'Foster', 'Frank',
  'Freeman', 'Gage', 'Garland', 'Garnet', 'Gene', 'Genesis', 'Ginger', 'Glen', 'Golden', 'Grace', 'Grant',
  'Green', 'Griffin', 'Gunner', 'Guy', 'Hardy', 'Harmony', 'Haven', 'Hazel', 'Heath', 'Heather', 'Heaven',
  'Holly', 'Hope', 'Hunter', 'Iris', 'Ivory', 'Ivy', 'Jack', 'Jade', 'Jay', 'Jewel', 'Joy', 'Justice', 'Kale',
  'King', 'Lance', 'Lane', 'Laurel', 'Lily', 'Love', 'Loyal', 'Lyric', 'Magnolia', 'Margarita', 'Mark',
  'Marquise', 'Mason', 'Maverick', 'Max', 'Melody', 'Miles', 'Miller', 'Miracle', 'Misty', 'Molly', 'Noble',
  'Nova', 'Olive', 'Opal', 'Pansy', 'Pat', 'Patience', 'Pearl', 'Penny', 'Pierce', 'Pink', 'Pinkie', 'Piper',
  'Poppy', 'Porter', 'Precious', 'Price', 'Prince', 'Princess', 'Promise', 'Prudence', 'Queen', 'Ransom',
  'Raven', 'Ray', 'Reed', 'Rich', 'River', 'Robin', 'Rocky', 'Rod', 'Roman', 'Rose', 'Rosemary', 'Royal',
  'Ruby', 'Rusty', 'Sage', 'Sandy', 'Serenity', 'Shade', 'Sherry', 'Sincere', 'Sonny', 'Sterling', 'Stone',
  'Summer', 'Sunny', 'Talon', 'Tanner', 'Tiara', 'Toy', 'Trace', 'Trinity', 'Turner', 'Unique', 'Urban',
  'Valentine', 'Viola', 'Violet', 'Viva', 'Wade', 'Walker', 'Ward', 'Will', 'Willow',
  // months, seasons, holidays
  'April', 'May', 'June', 'Easter', 'Winter', 'Spring',
  // places and faith terms that are also given names
  'Georgia', 'Virginia', 'Carolina', 'Dakota', 'Cheyenne', 'Israel', 'Jesus', 'Christian', 'Major', 'America',
  'Florida', 'Montana', 'Alberta', 'Columbus', 'Darwin', 'Gemini', 'Alexa', 'Siri',
];

/**
 * Lexicon surnames that are also everyday words ("Hill", "Corona", "West"): they complete a full name
 * after a known first name but do not turn an unknown capitalized word into a name on their own.
 */
export const AMBIGUOUS_SURNAMES: readonly string[] = [
  'Baa', 'Beer', 'Berg', 'Bins', 'Block', 'Bongo', 'Bravo', 'Brown', 'Butt', 'Carrion', 'Cook', 'Corona', 'Corral',
  'Crooks', 'Dare', 'Ferry', 'Fish', 'Funk', 'Garden', 'Grace', 'Grant', 'Green', 'Hall', 'Hand', 'Hill', 'Hills',
  'King', 'Little', 'Llamas', 'Mares', 'Mesa', 'Mills', 'Miracle', 'Moss', 'Pagan', 'Price', 'Prince', 'Rice', 'Rose',
  'Salami', 'Shields', 'Sierra', 'Stark', 'Swift', 'Toy', 'Tutu', 'Vigil', 'Villa', 'Ward', 'Waters', 'West', 'White',
  'Will', 'Wolf', 'Wood', 'Young',
];
