namespace OpenAI.Emulator;

/// <summary>What the middleware does with a request after fault injection.</summary>
internal enum FaultOutcome
{
    /// <summary>Serve it normally.</summary>
    Serve,

    /// <summary>The fault answered (or dropped) it.</summary>
    Handled,

    /// <summary>Serve it, then drop the connection instead of sending the answer.</summary>
    ServeThenDrop,
}
