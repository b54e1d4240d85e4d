namespace OndiloFanout.Lambda;

/// <summary>
/// A function's entry point as the bootstrap sees it: event bytes in, response bytes out. The token fires a
/// safety margin before the invocation's deadline. Build one from a typed handler with <see cref="HandlerWrapper"/>.
/// </summary>
public delegate Task<ReadOnlyMemory<byte>> LambdaHandler(ReadOnlyMemory<byte> input, ILambdaContext context, CancellationToken cancellationToken);
