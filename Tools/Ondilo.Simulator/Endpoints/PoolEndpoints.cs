using Ondilo.Simulator.Json;

namespace Ondilo.Simulator.Endpoints;

/// <summary><c>/pools</c> and the per-pool <c>/device</c>, <c>/configuration</c> and <c>/shares</c>.</summary>
internal static class PoolEndpoints
{
    public static IEndpointRouteBuilder MapPools(this IEndpointRouteBuilder endpoints, SimulatedAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        endpoints.MapGet("/pools", () => JsonBody.Ok(writer =>
        {
            writer.WriteStartArray();
            foreach (var pool in account.Pools)
            {
                PoolJson.WritePool(writer, pool);
            }

            writer.WriteEndArray();
        }));
        endpoints.MapGet("/pools/{id}/device", (string id) =>
            PoolRoute.Find(account, id) is { } pool
                ? JsonBody.Ok(writer => PoolJson.WriteDevice(writer, pool))
                : PoolRoute.NotFound());
        endpoints.MapGet("/pools/{id}/configuration", (string id) =>
            PoolRoute.Find(account, id) is not null ? JsonBody.Ok(PoolJson.WriteConfiguration) : PoolRoute.NotFound());
        endpoints.MapGet("/pools/{id}/shares", (string id) =>
            PoolRoute.Find(account, id) is { } pool ? Shares(pool) : PoolRoute.NotFound());
        return endpoints;
    }

    /// <summary>The first pool is shared with one person, as in the docs; the others with nobody.</summary>
    private static JsonBodyResult Shares(SimulatedPool pool) => JsonBody.Ok(writer =>
    {
        writer.WriteStartArray();
        if (pool.Index == 0)
        {
            writer.WriteStartObject();
            writer.WriteString("lastname", "Doe");
            writer.WriteString("firstname", "Jane");
            writer.WriteString("email", "jane@doe.org");
            writer.WriteString("shared_since", TimestampText.WithOffset(pool.UpdatedAt.AddDays(9)));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });
}
