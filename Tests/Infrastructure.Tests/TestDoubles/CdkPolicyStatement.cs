namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>One IAM statement of a synthesized policy; resources as compact JSON text.</summary>
public sealed record CdkPolicyStatement
{
    public required string Effect { get; init; }
    public required IReadOnlyList<string> Actions { get; init; }
    public required IReadOnlyList<string> Resources { get; init; }
}
