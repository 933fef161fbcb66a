// Validates the custom resources among the Kubernetes objects given as a JSON array on stdin
// against the schemas their operators publish (KEDA, the Prometheus operator, Strimzi), as
// packaged by kubernetes-models. Prints one line per object; exits 1 when one is invalid or of a
// kind this file does not know. Core kinds are left to kubernetes-validate (Python).
const MODELS = {
  "keda.sh/v1alpha1 ScaledObject": "@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject",
  "keda.sh/v1alpha1 TriggerAuthentication":
    "@kubernetes-models/keda/keda.sh/v1alpha1/TriggerAuthentication",
  "monitoring.coreos.com/v1 ServiceMonitor":
    "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor",
  "kafka.strimzi.io/v1beta2 KafkaTopic":
    "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1beta2/KafkaTopic",
};

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const objects = JSON.parse(Buffer.concat(chunks).toString("utf8"));
let failed = 0;
for (const object of objects) {
  const key = `${object.apiVersion} ${object.kind}`;
  const name = `${object.kind}/${object.metadata?.name}`;
  const path = MODELS[key];
  if (!path) {
    console.log(`UNKNOWN ${name}: no schema for ${key}`);
    failed += 1;
    continue;
  }
  const Model = (await import(path))[object.kind];
  try {
    new Model(object).validate();
    console.log(`VALID ${name} (${key})`);
  } catch (error) {
    console.log(`INVALID ${name}: ${error.message.replace(/\s+/g, " ")}`);
    failed += 1;
  }
}
process.exit(failed ? 1 : 0);
