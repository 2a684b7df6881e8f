import { parseSynthOptions, SynthError } from './synth-options';

describe('synth options', () => {
  it('defaults to 500 groups of 10 members over 208 weeks, seed 1', () => {
    expect(parseSynthOptions([])).toEqual({ groups: 500, members: 10, weeks: 208, seed: 1 });
  });

  it('reads every option', () => {
    expect(parseSynthOptions(['--groups', '3', '--members', '4', '--weeks', '6', '--seed', '9'])).toEqual({ groups: 3, members: 4, weeks: 6, seed: 9 });
  });

  it.each([[['--groups', '0']], [['--weeks', '1.5']], [['--members', 'ten']], [['--colour', 'blue']]])('refuses %j', (args) => {
    expect(() => parseSynthOptions(args)).toThrow(SynthError);
  });
});
