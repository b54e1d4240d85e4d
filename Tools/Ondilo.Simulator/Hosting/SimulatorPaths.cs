namespace Ondilo.Simulator.Hosting;

/// <summary>The path prefixes of the emulated service.</summary>
internal static class SimulatorPaths
{
    public const string Api = "/api/customer/v1";
    public const string Authorize = "/oauth2/authorize";
    public const string Token = "/oauth2/token";

    /// <summary>Requests that count against the quota and can be faulted: the API and the token endpoint.</summary>
    public static bool IsMetered(string path) => IsApi(path) || path.StartsWith(Token, StringComparison.Ordinal);

    public static bool IsApi(string path) => path.StartsWith(Api + "/", StringComparison.Ordinal);
}
