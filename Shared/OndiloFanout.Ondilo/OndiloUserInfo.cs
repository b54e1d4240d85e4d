namespace OndiloFanout.Ondilo;

/// <summary>The account behind a token (<c>GET /user/info</c>).</summary>
public sealed record OndiloUserInfo
{
    public string? Lastname { get; init; }
    public string? Firstname { get; init; }
    public string? Email { get; init; }
}
