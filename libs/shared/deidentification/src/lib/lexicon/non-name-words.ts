/**
 * Capitalized words that are never taken as a personal name, even after a cue such as a title,
 * "my sister" or "called" ("called Recovery Circle", "her Mom", "Dr. Appointment").
 */
export const NON_NAME_WORDS: readonly string[] = [
  // pronouns, determiners and other sentence starters
  'I', 'He', 'She', 'They', 'We', 'You', 'It', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'The', 'This', 'That',
  'These', 'Those', 'A', 'An', 'And', 'But', 'Or', 'So', 'If', 'When', 'While', 'After', 'Before', 'During',
  'Then', 'There', 'Here', 'Who', 'What', 'Which', 'Why', 'How', 'All', 'Both', 'Each', 'Every', 'Some', 'None',
  'No', 'Not', 'Yes', 'Also', 'Later', 'Today', 'Tonight', 'Tomorrow', 'Yesterday', 'Next', 'Last', 'Overall',
  'Everyone', 'Someone', 'Nobody', 'Anyone', 'Everybody', 'Somebody', 'Anybody', 'Others', 'Another', 'Either',
  'Neither', 'Most', 'Many', 'Several', 'Few', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine',
  'Ten', 'Peers', 'Peer', 'Participants', 'Participant', 'Attendees', 'Residents', 'Parents', 'Kids', 'Was', 'Is', 'Are', 'Has', 'Had', 'Have', 'Said', 'Says', 'Name',
  // family and role words used as forms of address
  'Mom', 'Mum', 'Mommy', 'Mama', 'Dad', 'Daddy', 'Papa', 'Nana', 'Grandma', 'Grandpa', 'Granny', 'Baby', 'Sis',
  'Bro', 'Sister', 'Brother', 'Mother', 'Father', 'Son', 'Daughter', 'Aunt', 'Uncle', 'Cousin', 'Husband', 'Wife',
  'Partner', 'Boyfriend', 'Girlfriend', 'Sponsor', 'Friend', 'Boss', 'Doctor', 'Nurse', 'Officer', 'Judge',
  'Teacher', 'Pastor', 'Coach', 'Counselor', 'Therapist', 'Psychiatrist', 'Practitioner', 'Provider', 'Prescriber',
  'Chaplain', 'Rabbi', 'Imam', 'Bishop', 'Deacon', 'Elder', 'Sir', 'Madam', 'Miss', 'Mister', 'General', 'Junior', 'Senior', 'Guru', 'Security', 'Reception', 'Receptionist',
  'Admin', 'Administration', 'Billing', 'Intake', 'Pharmacy', 'Police', 'Management', 'Leadership', 'Housekeeping',
  // time words
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'July', 'September', 'October', 'November', 'December', 'Christmas', 'Thanksgiving', 'Halloween', 'Day', 'Week',
  'Month', 'Year', 'Morning', 'Evening', 'Night', 'Weekend',
  // clinical, programme and document words
  'Group', 'Groups', 'Session', 'Sessions', 'Member', 'Members', 'Client', 'Clients', 'Patient', 'Patients',
  'Facilitator', 'Facilitators', 'Staff', 'Team', 'Plan', 'Program', 'Programme', 'Recovery', 'Circle', 'Center',
  'Centre', 'Clinic', 'Hospital', 'Unit', 'Office', 'Appointment', 'Appointments', 'Visit', 'Visits', 'Note',
  'Notes', 'Orders', 'Assessment', 'Intervention', 'Interventions', 'Response', 'Goal', 'Goals', 'Homework',
  'Safety', 'Risk', 'Mood', 'Affect', 'Subjective', 'Objective', 'Data', 'Check', 'Skills', 'Skill', 'Therapy',
  'Treatment', 'Care', 'Health', 'Mental', 'Behavioral', 'Services', 'Support', 'Crisis', 'Line', 'Lifeline',
  'Emergency', 'Department', 'Step', 'Steps', 'Module', 'Prayer', 'Power', 'Higher', 'Anonymous', 'Alcoholics',
  'Narcotics', 'Seeking', 'Wise', 'Mind', 'Medicaid', 'Medicare', 'Insurance', 'Court', 'Probation', 'Parole',
  'Street', 'Avenue', 'Road', 'Drive', 'Way', 'Box', 'Apt', 'Suite', 'School', 'University', 'College',
  'Church', 'God', 'Lord', 'Christ', 'Allah', 'Bible', 'English', 'Spanish', 'American', 'Black', 'White',
];

/**
 * Words that turn a preceding capitalized word into an organisation or place name
 * ("Hope Circle", "Grace Community Church", "Mercy House"), so it is not a person.
 */
export const ORGANISATION_WORDS: readonly string[] = [
  'Circle', 'Group', 'Groups', 'Center', 'Centre', 'House', 'Home', 'Homes', 'Program', 'Programme', 'Project',
  'Clinic', 'Hospital', 'Health', 'Church', 'Chapel', 'Ministries', 'Community', 'Foundation', 'Network',
  'Alliance', 'Club', 'Team', 'Academy', 'School', 'College', 'University', 'Institute', 'Place', 'Recovery',
  'Services', 'Shelter', 'Village', 'Farm', 'Cafe', 'Café', 'Fellowship', 'Meeting', 'Meetings', 'Workshop',
  'League', 'Collective', 'Coalition', 'Society', 'Association', 'Trust', 'Fund', 'Prayer', 'Hall', 'Gardens',
  'Manor', 'Lodge', 'Court', 'Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Way', 'County', 'City', 'Township',
];
