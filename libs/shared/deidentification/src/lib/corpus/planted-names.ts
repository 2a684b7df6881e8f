/**
 * Names planted in the synthetic corpus. Hand-assembled from names common in US, UK, Irish, Canadian,
 * Latin American, African, South and East Asian communities, independently of the detector's lexicon
 * (@faker-js/faker), so the quality test shows how the lexicon generalizes. Some are deliberately
 * missing from the lexicon (Niamh, Oluwaseun) or ambiguous words (Grace, Will).
 */
export const PLANTED_FIRST_NAMES: readonly string[] = [
  'Maria', 'Jessica', 'Ashley', 'Brittany', 'Tyler', 'Kayla', 'Jasmine', 'Andre', 'Terrell', 'Rosa', 'Alejandro',
  'Lucia', 'Elena', 'Sean', 'Siobhan', 'Niamh', 'Aoife', 'Liam', 'Connor', 'Ethan', 'Madison', 'Brianna', 'Shanice',
  'Ebony', 'Lamar', 'Darnell', 'Yolanda', 'Esperanza', 'Marisol', 'Guadalupe', 'Priya', 'Sanjay', 'Deepa', 'Arjun',
  'Aisha', 'Fatima', 'Omar', 'Tariq', 'Jamal', 'Keisha', 'Latoya', 'Imani', 'DeShawn', 'Tyrone', 'Malik', 'Oluwaseun',
  'Chidi', 'Ngozi', 'Kwame', 'Abena', 'Thanh', 'Minh', 'Mei', 'Wei', 'Hiroshi', 'Yuki', 'Kenji', 'Olga', 'Dmitri',
  'Katarzyna', 'Tomasz', 'Ingrid', 'Margaret', 'Dorothy', 'Harold', 'Walter', 'Eugene', 'Gladys', 'Bernard',
  'Kathleen', 'Patrick', 'Bridget', 'Rebecca', 'Samantha', 'Nicole', 'Christopher', 'Anthony', 'Kevin', 'Derek',
  'Travis', 'Cody', 'Dustin', 'Heidi', 'Wendy', 'Tammy', 'Shawna', 'Jolene', 'Grace', 'Will', 'Rose',
];

export const PLANTED_SURNAMES: readonly string[] = [
  'Alvarez', 'Okafor', 'Nguyen', 'Patel', 'Kowalski', "O'Brien", 'McAllister', 'Washington', 'Jefferson', 'Robinson',
  'Hernandez', 'Castillo', 'Delgado', 'Fitzgerald', 'Sullivan', 'Murphy', 'Kelleher', 'Adeyemi', 'Mensah', 'Boateng',
  'Chen', 'Tanaka', 'Yamamoto', 'Kim', 'Park', 'Singh', 'Sharma', 'Gupta', 'Khan', 'Haddad', 'Nasser', 'Ivanova',
  'Petrov', 'Novak', 'Lindqvist', 'Schneider', 'Becker', 'Russo', 'Esposito', 'Moreau', 'Dubois', 'Thompson',
  'Whitaker', 'Blackwood', 'Pemberton', 'Holloway', 'Garrison', 'Brennan', 'Gallagher', 'Dunleavy', 'Carrington',
  'Abernathy', 'Villanueva', 'Quintero', 'Mbeki', 'Odum', 'Achebe', 'Banerjee', 'Raman', 'Iyer', 'Takahashi',
  'Lopez-Garcia', 'Martinez', 'Johnson', 'Williams', 'Brown', 'Davis', 'Miller', 'Wilson', 'Taylor', 'Anderson',
  'Jackson', 'Harris', 'Clark', 'Lewis', 'Walker', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Hill',
];
