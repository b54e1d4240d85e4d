using System.Globalization;
using Ondilo.Simulator.Json;

namespace Ondilo.Simulator.Endpoints;

/// <summary>Resolves the <c>{id}</c> of a pool route; anything but a known pool id is a 404 JSON error.</summary>
internal static class PoolRoute
{
    public static SimulatedPool? Find(SimulatedAccount account, string id)
    {
        ArgumentNullException.ThrowIfNull(account);
        return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var poolId) ? account.FindPool(poolId) : null;
    }

    public static JsonBodyResult NotFound() => JsonBody.Error(StatusCodes.Status404NotFound, "Pool not found");
}
