/** The console's endpoints as plain data, so lazy wrappers name a console without the core. */
export type ConnectEndpoint = 'list-sources' | 'generate' | 'list-tokens' | 'revoke';
export type PathParam = 'source' | 'token';

export interface EndpointSpec {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly template: string;
  readonly purpose: string;
  readonly params: readonly PathParam[];
}

/** The four Connect endpoints of the rotation, in the order the Connect guide uses them. */
export const ENDPOINTS: Record<ConnectEndpoint, EndpointSpec> = {
  'list-sources': {
    method: 'GET',
    template: '/v4/sources',
    purpose: 'list sources',
    params: [],
  },
  generate: {
    method: 'POST',
    template: '/v4/sources/{source_id}/tokens',
    purpose: 'generate a token',
    params: ['source'],
  },
  'list-tokens': {
    method: 'GET',
    template: '/v4/sources/{source_id}/tokens',
    purpose: 'list token IDs',
    params: ['source'],
  },
  revoke: {
    method: 'DELETE',
    template: '/v4/sources/{source_id}/tokens/{token_id}',
    purpose: 'revoke a token',
    params: ['source', 'token'],
  },
};
