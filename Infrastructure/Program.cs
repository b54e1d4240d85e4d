using Amazon.CDK;
using OndiloFanout.Infrastructure;

var app = new App();
_ = new OndiloFanoutStack(app, StackSettings.FromContext(app.Node.TryGetContext));
app.Synth();
