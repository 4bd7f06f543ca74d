import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryAdapter } from 'aftercare';
import { OrderTracker, Provider, ReturnWizard } from 'aftercare/react';

const adapter = new MemoryAdapter();

function OrderPage() {
  const [loaded, setLoaded] = useState('');
  const [returning, setReturning] = useState(false);
  return (
    <Provider adapter={adapter}>
      <p id="loaded">{loaded}</p>
      <OrderTracker
        order="BK-1004"
        email="somchai@example.com"
        onOrderLoaded={(event) => setLoaded(event.detail.number)}
        onReturnRequested={(event) => {
          event.preventDefault();
          setReturning(true);
        }}
      />
      {returning && <ReturnWizard order="BK-1004" email="somchai@example.com" />}
    </Provider>
  );
}

createRoot(document.querySelector('#root')).render(<OrderPage />);
