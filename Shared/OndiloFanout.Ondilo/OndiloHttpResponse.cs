using System.Net;
using System.Text;

namespace OndiloFanout.Ondilo;

/// <summary>An answer of the API, read to the end, with what error messages need to name it.</summary>
internal sealed record OndiloHttpResponse
{
    private const int MaxExcerpt = 200;

    public required HttpMethod Method { get; init; }
    public required string Endpoint { get; init; }
    public required HttpStatusCode StatusCode { get; init; }
    public string? ReasonPhrase { get; init; }
    public string? MediaType { get; init; }
    public required byte[] Body { get; init; }

    public bool IsSuccess => (int)StatusCode is >= 200 and < 300;

    /// <summary>Error pages from proxies (nginx 502) are HTML even when JSON was asked for.</summary>
    public bool IsHtml => MediaType is "text/html" || Body.AsSpan().TrimStart(" \t\r\n"u8).StartsWith("<"u8);

    /// <summary>E.g. <c>GET /api/customer/v1/pools answered 503 Service Unavailable.</c></summary>
    public string Summary => $"{Method} {Endpoint} answered {(int)StatusCode} {ReasonPhrase ?? StatusCode.ToString()}.";

    /// <summary>The start of the body on one line, for API bodies only: a token endpoint body holds secrets.</summary>
    public string Excerpt()
    {
        var text = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, MaxExcerpt * 4));
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= MaxExcerpt ? oneLine : string.Concat(oneLine.AsSpan(0, MaxExcerpt - 1), "…");
    }

    /// <summary>The summary plus the body excerpt, if any.</summary>
    public string SummaryWithExcerpt()
    {
        var excerpt = Excerpt();
        return excerpt.Length == 0 ? Summary : $"{Summary} Body: {excerpt}";
    }
}
