import type { Role } from '@cohesion/domain';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organizationName: string;
}

export interface LoginResponse {
  user: CurrentUser;
}
