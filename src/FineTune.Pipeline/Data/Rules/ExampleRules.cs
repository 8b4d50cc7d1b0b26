using FineTune.Pipeline.Data.Rules.Content;
using FineTune.Pipeline.Data.Rules.Secrets;
using FineTune.Pipeline.Data.Rules.Structure;

namespace FineTune.Pipeline.Data.Rules;

/// <summary>Every per-example rule, in the order they run on a line.</summary>
internal static class ExampleRules
{
    public static IReadOnlyList<IExampleRule> All { get; } =
    [
        new MissingMessagesRule(),
        new MessageNotObjectRule(),
        new MessageMissingRoleRule(),
        new UnrecognizedMessageKeyRule(),
        new UnrecognizedRoleRule(),
        new MissingContentRule(),
        new ContentTypeRule(),
        new MissingAssistantRule(),
        new WeightRule(),
        new ToolCallShapeRule(),
        new ToolCallArgumentsRule(),
        new ToolResponseRule(),
        new ToolsDefinitionRule(),
        new ParallelToolCallsRule(),
        new UnknownTopLevelKeyRule(),
        new NameRule(),
        new DpoInputRule(),
        new DpoOutputRule(),
        new DpoIdenticalOutputsRule(),
        new EmptyContentRule(),
        new AssistantTooShortRule(),
        new AssistantTooLongRule(),
        new ConsecutiveTurnsRule(),
        new SystemNotFirstRule(),
        new LastMessageNotAssistantRule(),
        new AssistantFirstRule(),
        new TokenLimitRule(),
        new SequenceLengthRule(),
        new SpecialTokenRule(),
        new NoTrainedAssistantRule(),
        new OpenAIKeyRule(),
        new AnthropicKeyRule(),
        new AwsKeyRule(),
        new GitHubTokenRule(),
        new SlackTokenRule(),
        new GoogleKeyRule(),
        new JwtRule(),
        new PrivateKeyRule(),
        new CredentialAssignmentRule(),
        new EmailRule(),
        new PhoneNumberRule(),
        new IbanRule(),
        new CreditCardRule(),
    ];
}
