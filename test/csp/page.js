// Collects every CSP violation, so the check can count them.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(
    `${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile ?? ''}:${event.lineNumber ?? ''}`,
  );
});

// Support links, so the check renders them too (in the tracker's delivery help, the wizard, the error states).
document.querySelector('ac-provider').support = {
  line: 'https://line.me/R/ti/p/@aftercare-demo',
  whatsapp: 'https://wa.me/66812345678',
  phone: '+66 2 123 4567',
  email: 'help@example.com',
};
