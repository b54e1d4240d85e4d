using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OndiloFanout.Lambda;

/// <summary>
/// Turns typed handlers into a <see cref="LambdaHandler"/> with source-generated JSON on both sides.
/// An event that does not parse throws <see cref="InvalidEventException"/> before the handler runs.
/// </summary>
public static class HandlerWrapper
{
    /// <summary>A handler of <typeparamref name="TIn"/> events answering <typeparamref name="TOut"/>.</summary>
    public static LambdaHandler Create<TIn, TOut>(
        Func<TIn, ILambdaContext, CancellationToken, Task<TOut>> handler,
        JsonTypeInfo<TIn> input,
        JsonTypeInfo<TOut> output)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        return async (bytes, context, cancellationToken) =>
        {
            var request = Parse(bytes, input)
                ?? throw new InvalidEventException($"The event is JSON null, not a {typeof(TIn).Name}.", null);
            var result = await handler(request, context, cancellationToken);
            return JsonSerializer.SerializeToUtf8Bytes(result, output);
        };
    }

    /// <summary>
    /// A handler that reads the event itself, for functions that accept several shapes (the scheduler).
    /// The event must still be JSON; an empty body reads as <c>{}</c>, as <c>aws lambda invoke</c> without a payload means it.
    /// </summary>
    public static LambdaHandler Create<TOut>(
        Func<JsonElement, ILambdaContext, CancellationToken, Task<TOut>> handler,
        JsonTypeInfo<TOut> output)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(output);
        return async (bytes, context, cancellationToken) =>
        {
            var request = ParseElement(bytes);
            var result = await handler(request, context, cancellationToken);
            return JsonSerializer.SerializeToUtf8Bytes(result, output);
        };
    }

    private static T? Parse<T>(ReadOnlyMemory<byte> bytes, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(bytes.Span, typeInfo);
        }
        catch (JsonException exception)
        {
            throw new InvalidEventException($"The event is not a valid {typeof(T).Name}: {exception.Message}", exception);
        }
    }

    private static JsonElement ParseElement(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return EmptyObject();
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new InvalidEventException($"The event is not JSON: {exception.Message}", exception);
        }
    }

    private static JsonElement EmptyObject()
    {
        using var document = JsonDocument.Parse("{}"u8.ToArray());
        return document.RootElement.Clone();
    }
}
