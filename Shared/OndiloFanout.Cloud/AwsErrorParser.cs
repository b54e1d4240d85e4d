using System.Net;
using System.Text.Json;

namespace OndiloFanout.Cloud;

/// <summary>Reads the AWS JSON protocol's error answer: <c>{"__type":"ns#Name","message":"..."}</c> (or <c>Message</c>).</summary>
internal static class AwsErrorParser
{
    public static AwsServiceException Parse(HttpStatusCode status, ReadOnlySpan<byte> body, string? errorTypeHeader, string? requestId)
    {
        string? type = null;
        string? message = null;
        try
        {
            if (!body.IsEmpty)
            {
                var reader = new Utf8JsonReader(body);
                using var document = JsonDocument.ParseValue(ref reader);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in document.RootElement.EnumerateObject())
                    {
                        if (property.Value.ValueKind != JsonValueKind.String)
                        {
                            continue;
                        }

                        if (property.NameEquals("__type") || property.NameEquals("code"))
                        {
                            type ??= property.Value.GetString();
                        }
                        else if (property.NameEquals("message") || property.NameEquals("Message"))
                        {
                            message ??= property.Value.GetString();
                        }
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, say): the status and header still say enough.
        }

        type ??= errorTypeHeader;
        return new AwsServiceException(
            ShortName(type) ?? $"Http{(int)status}", message ?? status.ToString(), status, requestId);
    }

    // "com.amazon.coral.service#ThrottlingException" or "ThrottlingException:http://internal.amazon.com/…" → "ThrottlingException".
    private static string? ShortName(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        var name = type[(type.LastIndexOf('#') + 1)..];
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return (colon >= 0 ? name[..colon] : name).Trim();
    }
}
