namespace Ondilo.Simulator;

/// <summary>An access/refresh token pair as the token endpoint would return it.</summary>
/// <param name="AccessToken">Bearer token for the API.</param>
/// <param name="RefreshToken">Never expires, never rotates; invalid only after a revocation.</param>
/// <param name="ExpiresIn">Lifetime of the access token in seconds (3600), on the simulator's clock.</param>
public sealed record SimulatedToken(string AccessToken, string RefreshToken, int ExpiresIn);
