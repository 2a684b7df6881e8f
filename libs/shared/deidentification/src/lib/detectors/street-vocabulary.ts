/** Street-type words shared by the address and postcode detectors. */

// Safe in any case: "12 oak street" is still an address.
export const STREET_TYPES_ANY_CASE = 'Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Highway|Hwy|Parkway|Pkwy|Terrace|Ter|Turnpike|Tpke';

// Also everyday words ("1 safe place", "2 members drive"), so they must be capitalized.
export const STREET_TYPES_CAPITALIZED =
  'Drive|Dr|Way|Place|Pl|Court|Ct|Circle|Cir|Close|Crescent|Cres|Square|Sq|Trail|Trl|Row|Loop|Plaza|Pike|Path|Walk|Gardens|Grove|Mews|Heights|Ridge|Alley|Expressway|Freeway|Crossing|Commons|Green';

export const ALL_STREET_TYPES = `${STREET_TYPES_ANY_CASE}|${STREET_TYPES_CAPITALIZED}`;

export const US_STATE_CODES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';

export const US_STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico';
