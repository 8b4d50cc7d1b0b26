namespace FineTune.Pipeline.MSBuild.Tool;

/// <summary>The configured <c>finetune</c> tool cannot be started; the message says what was looked for.</summary>
public sealed class ToolNotFoundException : Exception
{
    public ToolNotFoundException()
    {
    }

    public ToolNotFoundException(string message)
        : base(message)
    {
    }

    public ToolNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
