using Amazon.CDK;
using OndiloFanout.Infrastructure;

NodeVersionBanner.Silence(); // before the first CDK type starts jsii
var app = new App();
_ = new OndiloFanoutStack(app, StackSettings.FromContext(app.Node.TryGetContext));
app.Synth();
