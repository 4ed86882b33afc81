// SPDX-License-Identifier: Apache-2.0
// Checks the downstream project the invoker just built (docs/releasing.md, "The downstream test").
// Variables from the examples POM: rootDir (the repository), idmVersion, downstreamJunit, buildJunit.

def fail = { String message -> throw new AssertionError("downstream project: " + message) }
def target = new File(basedir, 'target')

// 1. What the project resolved: our jars at the BOM's version, and its own JUnit untouched.
def classPath = new File(target, 'classpath.txt').text.trim().split(File.pathSeparator) as List
def names = classPath.collect { new File(it).name }
['idm-core', 'idm-json', 'idm-tables'].each { a ->
    if (!names.contains("${a}-${idmVersion}.jar".toString())) fail("no ${a}-${idmVersion}.jar in ${names}")
}
if (!names.contains("junit-jupiter-api-${downstreamJunit}.jar".toString())) {
    fail("the project's junit-jupiter-api ${downstreamJunit} was changed: ${names}")
}
def buildJunitJars = names.findAll { it.startsWith('junit-') && it.contains(buildJunit.substring(2)) }
if (buildJunitJars) fail("JUnit of idm-java's own build leaked in: ${buildJunitJars}")

// 2. The BOM manages our published artifacts and nothing else.
def effective = new groovy.xml.XmlSlurper().parse(new File(target, 'effective-pom.xml'))
def managed = effective.dependencyManagement.dependencies.dependency.collect {
    "${it.groupId}:${it.artifactId}:${it.version}".toString()
}.sort()
def expected = ['idm-cli', 'idm-core', 'idm-html', 'idm-json', 'idm-tables'].collect {
    "io.github.indeksdesa:${it}:${idmVersion}".toString()
}
if (managed != expected) fail("the BOM manages ${managed}, expected only ${expected}")

// 3. A published module's POM, as a consumer's Maven reads it: project and SCM URLs as the parent
//    gives them (no artifactId appended).
def json = new groovy.xml.XmlSlurper().parse(new File(target, 'idm-json-effective-pom.xml'))
def urls = [
    url                    : [json.url.text(), 'https://github.com/indeksdesa/idm-java'],
    'scm.url'              : [json.scm.url.text(), 'https://github.com/indeksdesa/idm-java'],
    'scm.connection'       : [json.scm.connection.text(), 'scm:git:https://github.com/indeksdesa/idm-java.git'],
    'scm.developerConnection': [json.scm.developerConnection.text(), 'scm:git:ssh://git@github.com/indeksdesa/idm-java.git'],
]
urls.each { name, pair ->
    if (pair[0] != pair[1]) fail("idm-json's ${name} is '${pair[0]}', expected '${pair[1]}'")
}

// 4. The licence inside every published jar this build made (jar, sources, javadoc, the CLI's -all).
def checked = []
['idm-core', 'idm-json', 'idm-tables', 'idm-html', 'idm-cli'].each { module ->
    new File(rootDir, module + '/target').listFiles()?.findAll { it.name ==~ /${module}-${java.util.regex.Pattern.quote(idmVersion)}(-[a-z]+)?\.jar/ }?.each { jar ->
        def zip = new java.util.zip.ZipFile(jar)
        try {
            if (zip.getEntry('META-INF/LICENSE') == null) fail("no META-INF/LICENSE in ${jar}")
        } finally {
            zip.close()
        }
        checked << jar.name
    }
}
['idm-core', 'idm-json', 'idm-tables'].each { a ->
    if (!checked.contains("${a}-${idmVersion}.jar".toString())) fail("${a}-${idmVersion}.jar was not built: ${checked}")
}
println "downstream project: META-INF/LICENSE in ${checked.sort()}"

// 5. The README's examples, compiled against the installed jars, on the class path and as named
//    modules on the module path, print what README.md says.
def java = new File(System.getProperty('java.home'), 'bin/java').path
def libraries = classPath.findAll { !new File(it).name.matches('(junit|opentest4j|apiguardian).*') }
def path = ([new File(target, 'classes').path] + libraries).join(File.pathSeparator)
def run = { List<String> command ->
    def process = new ProcessBuilder([java] + command).directory(new File(rootDir)).redirectErrorStream(true).start()
    def out = process.inputStream.getText('UTF-8')
    if (process.waitFor() != 0) fail("${command} failed:\n${out}")
    return out.replace('\r\n', '\n')
}
def readme = new File(rootDir, 'README.md').getText('UTF-8')
def printed = { String firstLine ->  // the README's output block that starts with this line
    def start = readme.indexOf('```\n' + firstLine)
    if (start < 0) fail("README.md shows no output starting '${firstLine}'")
    readme.substring(start + 4, readme.indexOf('```', start + 4))
}
def modules = run(['-p', path, '--list-modules']).readLines()
['io.github.indeksdesa.idm', 'io.github.indeksdesa.idm.json', 'io.github.indeksdesa.idm.tables',
 'io.github.indeksdesa.idm.examples'].each { m ->
    if (!modules.any { it.startsWith(m + '@') && !it.contains('automatic') }) {
        fail("${m} is not a named module on the module path: ${modules}")
    }
}
[ScoreVillage: 'IDM    0.8092', WhatIfEveryVillage: '{SANGAT TERTINGGAL=0', ReadReport: null].each { example, first ->
    def main = 'io.github.indeksdesa.idm.examples.' + example
    def onClassPath = run(['-cp', path, main])
    def onModulePath = run(['-p', path, '-m', 'io.github.indeksdesa.idm.examples/' + main])
    if (onClassPath != onModulePath) fail("${example} prints differently on the module path:\n${onClassPath}\n---\n${onModulePath}")
    if (first != null && !onClassPath.startsWith(printed(first))) {
        fail("${example} does not print what README.md shows:\n${onClassPath}")
    }
    println "downstream project: ${example} ran on the class path and the module path"
}
return true
