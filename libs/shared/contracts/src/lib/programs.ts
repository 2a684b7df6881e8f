/** A service line of the organization, with how many groups it runs. */
export interface ProgramSummary {
  id: string;
  name: string;
  groupCount: number;
}

export interface CreateProgramRequest {
  name: string;
}
