using Microsoft.AspNetCore.WebUtilities;
using Ondilo.Simulator.Auth;
using Ondilo.Simulator.Hosting;
using Ondilo.Simulator.Json;

namespace Ondilo.Simulator.Endpoints;

/// <summary>
/// The OAuth2 authorization-code flow: an authorize page that approves at once (or denies, when configured) and
/// the token endpoint with the <c>authorization_code</c> and <c>refresh_token</c> grants.
/// </summary>
internal static class OAuthEndpoints
{
    private const string ClientId = "customer_api";

    public static IEndpointRouteBuilder MapOAuth(this IEndpointRouteBuilder endpoints, TokenRegistry tokens, bool denyConsent)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        endpoints.MapGet(SimulatorPaths.Authorize, (HttpRequest request) => Authorize(request.Query, tokens, denyConsent));
        endpoints.MapPost(SimulatorPaths.Token, async (HttpRequest request, CancellationToken cancellationToken) =>
            request.HasFormContentType
                ? Token(await request.ReadFormAsync(cancellationToken), tokens)
                : JsonBody.OAuthError("invalid_request"));
        return endpoints;
    }

    private static IResult Authorize(IQueryCollection query, TokenRegistry tokens, bool denyConsent)
    {
        string? redirectUri = query["redirect_uri"];
        if (query["client_id"] != ClientId || query["response_type"] != "code"
            || !Uri.TryCreate(redirectUri, UriKind.Absolute, out _))
        {
            return JsonBody.OAuthError("invalid_request");
        }

        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (denyConsent)
        {
            parameters["error"] = "access_denied";
        }
        else
        {
            parameters["code"] = tokens.CreateCode(redirectUri!);
        }

        parameters["state"] = query["state"].ToString();
        return Results.Redirect(QueryHelpers.AddQueryString(redirectUri!, parameters));
    }

    private static JsonBodyResult Token(IFormCollection form, TokenRegistry tokens)
    {
        if (form["client_id"] != ClientId)
        {
            return JsonBody.OAuthError("invalid_client");
        }

        var grantType = form["grant_type"].ToString();
        var token = grantType switch
        {
            "authorization_code" => tokens.Redeem(form["code"].ToString(), form["redirect_uri"].ToString()),
            "refresh_token" => tokens.Refresh(form["refresh_token"].ToString()),
            _ => null,
        };
        if (token is null)
        {
            return JsonBody.OAuthError(grantType is "authorization_code" or "refresh_token" ? "invalid_grant" : "unsupported_grant_type");
        }

        return JsonBody.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("access_token", token.AccessToken);
            writer.WriteNumber("expires_in", token.ExpiresIn);
            writer.WriteString("token_type", "Bearer");
            writer.WriteString("scope", "api");
            writer.WriteString("refresh_token", token.RefreshToken);
            writer.WriteEndObject();
        });
    }
}
