using Ondilo.Simulator.Data;
using Ondilo.Simulator.Json;

namespace Ondilo.Simulator.Endpoints;

/// <summary>
/// <c>/pools/{id}/lastmeasures?types[]=..</c> and <c>/pools/{id}/measures?type=..&amp;period=day|week|month</c>:
/// rolling windows ending at the simulator clock's now, showing only measures already uploaded.
/// </summary>
internal static class MeasureEndpoints
{
    private const string TypesKey = "types[]";

    public static IEndpointRouteBuilder MapMeasures(this IEndpointRouteBuilder endpoints, SimulatedAccount account, TimestampText timestamps, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(timestamps);
        ArgumentNullException.ThrowIfNull(timeProvider);
        endpoints.MapGet("/pools/{id}/measures", (string id, HttpRequest request) =>
            PoolRoute.Find(account, id) is { } pool
                ? Measures(account, timestamps, pool, request.Query, timeProvider.GetUtcNow())
                : PoolRoute.NotFound());
        endpoints.MapGet("/pools/{id}/lastmeasures", (string id, HttpRequest request) =>
            PoolRoute.Find(account, id) is { } pool
                ? LastMeasures(account, timestamps, pool, request.Query, timeProvider.GetUtcNow())
                : PoolRoute.NotFound());
        return endpoints;
    }

    private static JsonBodyResult Measures(SimulatedAccount account, TimestampText timestamps, SimulatedPool pool, IQueryCollection query, DateTimeOffset now)
    {
        string? type = query["type"];
        if (!MeasureTypes.IsKnown(type))
        {
            return JsonBody.Error(StatusCodes.Status400BadRequest, "Invalid parameter: type");
        }

        if (!MeasurePeriods.TryGetSpan(query["period"], out var span))
        {
            return JsonBody.Error(StatusCodes.Status400BadRequest, "Invalid parameter: period");
        }

        var measures = UploadedMeasures.Window(account, pool, type!, now, span);
        return JsonBody.Ok(writer =>
        {
            writer.WriteStartArray();
            foreach (var measure in measures)
            {
                MeasureJson.Write(writer, measure, timestamps.MeasureTime(pool, measure.ValueTime));
            }

            writer.WriteEndArray();
        });
    }

    private static JsonBodyResult LastMeasures(SimulatedAccount account, TimestampText timestamps, SimulatedPool pool, IQueryCollection query, DateTimeOffset now)
    {
        // Only the repeated types[]= form is understood, as on the real API.
        var types = query[TypesKey];
        if (query.Keys.Any(key => key != TypesKey) || types.Count == 0 || types.Any(type => !MeasureTypes.IsKnown(type)))
        {
            return JsonBody.Error(StatusCodes.Status400BadRequest, "Invalid parameter: types[]");
        }

        var latest = types.Distinct(StringComparer.Ordinal)
            .Select(type => UploadedMeasures.Latest(account, pool, type!, now))
            .OfType<SimulatedMeasure>()
            .ToArray();
        return JsonBody.Ok(writer =>
        {
            writer.WriteStartArray();
            foreach (var measure in latest)
            {
                MeasureJson.Write(writer, measure, timestamps.MeasureTime(pool, measure.ValueTime));
            }

            writer.WriteEndArray();
        });
    }
}
