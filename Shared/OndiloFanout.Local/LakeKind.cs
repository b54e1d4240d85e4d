namespace OndiloFanout.Local;

/// <summary>Where a local lake's data comes from; a lake holds one kind only.</summary>
internal enum LakeKind
{
    /// <summary>Measures of a real Ondilo account.</summary>
    Real,

    /// <summary>Measures the built-in simulator made up (<c>run --simulate</c>).</summary>
    Simulated,
}
