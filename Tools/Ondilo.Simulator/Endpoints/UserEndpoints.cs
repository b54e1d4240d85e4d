using Ondilo.Simulator.Json;

namespace Ondilo.Simulator.Endpoints;

/// <summary><c>/user/info</c> and <c>/user/units</c>, with the documented example values.</summary>
internal static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUser(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/user/info", () => JsonBody.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("lastname", "Doe");
            writer.WriteString("firstname", "John");
            writer.WriteString("email", "john@doe.org");
            writer.WriteEndObject();
        }));
        endpoints.MapGet("/user/units", () => JsonBody.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("conductivity", "MICRO_SIEMENS_PER_CENTI_METER");
            writer.WriteString("hardness", "FRENCH_DEGREE");
            writer.WriteString("orp", "MILLI_VOLT");
            writer.WriteString("pressure", "HECTO_PASCAL");
            writer.WriteString("salt", "GRAM_PER_LITER");
            writer.WriteString("speed", "METER_PER_SECOND");
            writer.WriteString("temperature", "CELSIUS");
            writer.WriteString("volume", "CUBIC_METER");
            writer.WriteEndObject();
        }));
        return endpoints;
    }
}
