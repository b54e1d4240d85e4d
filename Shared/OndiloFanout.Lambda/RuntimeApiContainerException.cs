namespace OndiloFanout.Lambda;

/// <summary>
/// The Runtime API answered 500: the execution environment is broken and the runtime must exit
/// (non-zero) so that Lambda replaces it.
/// </summary>
internal sealed class RuntimeApiContainerException : RuntimeApiException
{
    public RuntimeApiContainerException(string message)
        : base(message, 500)
    {
    }
}
