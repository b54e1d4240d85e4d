using System.Globalization;

namespace OndiloFanout.Ondilo;

/// <summary>The API's paths, and how they join the configured base.</summary>
internal static class OndiloPaths
{
    public const string Authorize = "/oauth2/authorize";
    public const string Token = "/oauth2/token";
    public const string Pools = "/api/customer/v1/pools";
    public const string UserInfo = "/api/customer/v1/user/info";

    public static string Device(long poolId) => $"{Pool(poolId)}/device";

    public static string Configuration(long poolId) => $"{Pool(poolId)}/configuration";

    public static string Measures(long poolId) => $"{Pool(poolId)}/measures";

    public static string LastMeasures(long poolId) => $"{Pool(poolId)}/lastmeasures";

    /// <summary>The absolute URI of <paramref name="path"/>, keeping any path prefix of the base (e.g. a proxy's).</summary>
    public static Uri Resolve(Uri baseUri, string path, string? query = null)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        var root = baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(string.IsNullOrEmpty(query) ? root + path : $"{root}{path}?{query}");
    }

    private static string Pool(long poolId) => $"{Pools}/{poolId.ToString(CultureInfo.InvariantCulture)}";
}
