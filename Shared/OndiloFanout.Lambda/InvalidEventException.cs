namespace OndiloFanout.Lambda;

/// <summary>
/// The event body is not what the handler accepts. Its type name becomes the invocation's <c>errorType</c>,
/// so a caller sees at once that the input, not the function, is wrong.
/// </summary>
public sealed class InvalidEventException : Exception
{
    public InvalidEventException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
