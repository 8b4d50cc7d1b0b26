namespace FineTune.Pipeline.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.Error.WriteLine("finetune: the runner is not wired yet");
        return args.Length == 0 ? 2 : 2;
    }
}
